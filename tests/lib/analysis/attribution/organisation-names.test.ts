import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('organisations named by acronyms and possessives', () => {
  it.each([
    [['"The talks will go on," the ACLU said in a statement on Monday.'], 'talks will go on', 'ACLU'],
    [['The Tenants Union of Leeds has filed a complaint.', '"Rents are out of control," the union said.'], 'out of control', 'Tenants Union of Leeds'],
    [['"We are ready," AT&T said after the ruling.'], 'We are ready', 'AT&T'],
  ])('%j', (paragraphs, fragment, speaker) => {
    expect(speakerOf(attribute(...paragraphs), fragment)).toBe(speaker);
  });
});
