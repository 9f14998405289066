// Error kinds are recognised across copies of the module (the CLI ships as several bundles).
import { describe, expect, it, vi } from 'vitest';
import { CancelledError, UserError } from '../../src/diagnostics/index.js';

describe('error kinds', () => {
  it('a UserError from another copy of the module is still a UserError', async () => {
    vi.resetModules();
    const copy = await import('../../src/diagnostics/index.js?copy');
    expect(copy.UserError).not.toBe(UserError);
    const err = new copy.UserError('bad input', 2, 'hint');
    expect(err instanceof UserError).toBe(true);
    expect(err instanceof CancelledError).toBe(false);
    expect(new copy.CancelledError() instanceof CancelledError).toBe(true);
    expect(new Error('x') instanceof UserError).toBe(false);
    expect(null instanceof UserError).toBe(false);
  });
  it('subclasses keep their own identity', () => {
    class TemplateProblem extends UserError {}
    expect(new TemplateProblem('x') instanceof UserError).toBe(true);
    expect(new TemplateProblem('x') instanceof TemplateProblem).toBe(true);
    expect(new UserError('x') instanceof TemplateProblem).toBe(false);
  });
});
