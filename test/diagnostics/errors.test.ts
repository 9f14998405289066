// Error kinds are plain classes: the shipped bundle holds one copy of each module (code splitting),
// so `instanceof` is the prototype chain (one copy: test/project/bundle.test.ts).
import { describe, expect, it } from 'vitest';
import { CancelledError, UserError } from '../../src/diagnostics/index.js';

describe('error kinds', () => {
  it('a UserError is an Error with its exit code and hint, and not a CancelledError', () => {
    const err = new UserError('bad input', 3, 'hint');
    expect(err).toBeInstanceOf(Error);
    expect(err instanceof UserError).toBe(true);
    expect(err instanceof CancelledError).toBe(false);
    expect([err.name, err.message, err.exitCode, err.hint]).toEqual(['UserError', 'bad input', 3, 'hint']);
    expect(new UserError('x').exitCode).toBe(2);
    expect(new CancelledError() instanceof CancelledError).toBe(true);
    expect(new Error('x') instanceof UserError).toBe(false);
  });
  it('subclasses keep their own identity', () => {
    class TemplateProblem extends UserError {}
    expect(new TemplateProblem('x') instanceof UserError).toBe(true);
    expect(new TemplateProblem('x') instanceof TemplateProblem).toBe(true);
    expect(new UserError('x') instanceof TemplateProblem).toBe(false);
  });
});
