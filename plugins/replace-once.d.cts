/** Replaces `text`, which must occur exactly once in `source`; throws, naming `where`, otherwise. */
declare function replaceOnce(source: string, text: string, replacement: string, where: string): string;
export = replaceOnce;
