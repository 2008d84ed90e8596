/** A problem with one input that the CLI reports as one line, never as a stack trace. */
export class InputError extends Error {}
