import { describe, expect, it } from 'vitest';
import { presentTarget } from '../../../renderer/exercises/present/present-location';

const at = (pathname: string, search = '', hash = '') => presentTarget({ pathname, search, hash });

describe('projector route', () => {
  it('is /present in the browser host, with an optional exercise', () => {
    expect(at('/present')).toEqual({ exerciseId: null });
    expect(at('/present/', '?exercise=abc')).toEqual({ exerciseId: 'abc' });
  });
  it('is #/present in the desktop projector window', () => {
    expect(at('/index.html', '', '#/present')).toEqual({ exerciseId: null });
    expect(at('/index.html', '', '#/present/ex%201')).toEqual({ exerciseId: 'ex 1' });
  });
  it('is nothing else', () => {
    expect(at('/', '', '#/exercises')).toBeNull();
    expect(at('/presenter')).toBeNull();
  });
});
