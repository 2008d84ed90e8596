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

// Mentions arrive out of text order (each stage adds its own); questions read them in text order.
describe('EntityRegistry mentions', () => {
  it('are read in text order whatever order they were recorded in, same places in recording order', () => {
    const reg = new EntityRegistry();
    const [a, b, c, d] = ['Ann Lee', 'Bob Hart', 'Cy Young', 'Di Moss'].map((name, i) => reg.person(name, i));
    reg.mention(a, { start: 50, end: 57 });
    reg.mention(b, { start: 10, end: 18 });
    reg.mention(c, { start: 50, end: 58 });
    reg.mention(d, { start: 30, end: 37 });
    reg.mention(a, { start: 70, end: 77 });
    expect(reg.mentionedIn(0, 100)).toEqual([b, d, a, c, a]);
    expect(reg.mentionedIn(20, 60)).toEqual([d, a, c]);
  });

  it('give the nearest fitting antecedent before a place, one recorded later included', () => {
    const reg = new EntityRegistry();
    const ann = reg.person('Ann Lee', 0);
    const bob = reg.person('Bob Hart', 0);
    reg.mention(ann, { start: 100, end: 107 });
    reg.mention(bob, { start: 40, end: 48 });
    const any = () => true;
    const never = () => false;
    expect(reg.antecedent(90, any, never)).toBe(bob);
    expect(reg.antecedent(120, any, never)).toBe(ann);
    expect(reg.antecedent(120, (e) => e === bob, never)).toBe(bob);
  });
});
