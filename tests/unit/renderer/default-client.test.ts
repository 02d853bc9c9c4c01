// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConveneBridge } from '../../../shared/contract';
import { createDefaultApiClient } from '../../../renderer/api';

describe('createDefaultApiClient', () => {
  afterEach(() => {
    delete window.convene;
  });

  it('uses window.convene when the desktop preload provides it', async () => {
    const bridge: ConveneBridge = { platform: 'desktop', call: vi.fn(async () => ({ ok: true as const, data: [] })), onChange: () => () => {} };
    window.convene = bridge;
    const api = createDefaultApiClient();
    expect(api.kind).toBe('desktop');
    await expect(api.call('areas.list', {})).resolves.toEqual([]);
    expect(bridge.call).toHaveBeenCalledWith('areas.list', {});
  });

  it('uses HTTP otherwise', () => {
    expect(createDefaultApiClient().kind).toBe('http');
  });
});
