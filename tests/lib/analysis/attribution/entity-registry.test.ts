import { describe, expect, it } from 'vitest';
import { EntityRegistry } from '@/lib/analysis/attribution/entities';

// matchPerson keeps its answers per name words; these check that the answers follow the registry as it grows.
describe('EntityRegistry.matchPerson', () => {
  it('finds a person by part of the name, accents aside, and not an organisation', () => {
    const reg = new EntityRegistry();
    reg.named('Mao Group', 'organization', 0);
    const mao = reg.person('Mao Ning', 10);
    expect(reg.matchPerson(['mao'])).toBe(mao);
    expect(reg.matchPerson(['ning'])).toBe(mao);
    const muratov = reg.person('Dmitri Murátov', 20);
    expect(reg.matchPerson(['muratov'])).toBe(muratov);
    expect(reg.matchPerson(['group'])).toBeNull();
  });

  it('answers again after a person is added', () => {
    const reg = new EntityRegistry();
    expect(reg.matchPerson(['peskov'])).toBeNull();
    const peskov = reg.person('Dmitry Peskov', 5);
    expect(reg.matchPerson(['peskov'])).toBe(peskov);
  });

  it('answers again after a name widens ("Hawk Sawyer", then "Kathleen Hawk Sawyer")', () => {
    const reg = new EntityRegistry();
    const sawyer = reg.person('Hawk Sawyer', 0);
    expect(reg.matchPerson(['kathleen'])).toBeNull();
    reg.widen(sawyer, 'Kathleen Hawk Sawyer', ['kathleen', 'hawk', 'sawyer']);
    expect(reg.matchPerson(['kathleen'])).toBe(sawyer);
    expect(sawyer.name).toBe('Kathleen Hawk Sawyer');
  });

  it('gives a fuller run to the person it names, and the earliest of several people', () => {
    const reg = new EntityRegistry();
    const first = reg.person('Joe Biden', 0);
    reg.person('Jill Biden', 50);
    expect(reg.matchPerson(['biden'])).toBe(first);
    expect(reg.matchPerson(['president', 'joe', 'biden'])).toBe(first);
  });
});
