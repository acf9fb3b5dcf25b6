import { describe, expect, it } from 'vitest';
import { networkName } from './network.ts';

describe('networkName', () => {
  it('spells out the pulje and network of a Vedlegg 2 code', () => {
    expect(networkName('P2 NV 10')).toBe('Nettverk 10 i pulje II');
    expect(networkName('P3 NV5')).toBe('Nettverk 5 i pulje III');
  });

  it('gives nothing for codes of another form', () => {
    expect(networkName('IKS NV 1')).toBeUndefined();
    expect(networkName('P5 NV 1')).toBeUndefined();
  });
});
