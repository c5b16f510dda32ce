import '@testing-library/jest-dom/vitest';
import {configure} from '@testing-library/react';

// A component test waits for what the reader would see; on a busy two-core
// machine (the unit tests run beside each other) a second can pass first.
configure({asyncUtilTimeout: 4000});
