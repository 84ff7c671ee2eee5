import { describe, expect, it } from 'vitest';
import { parseDimacs } from './dimacs.ts';
import { EngineError, validateModel } from './model.ts';
import { parseXcsp } from './xcsp.ts';

describe('DIMACS parser', () => {
  it('reads names, multi-line clauses and comments', () => {
    const m = parseDimacs('c 1 Root\nc 2 Wheels\nc a comment\np cnf 3 2\n1 0\n-2\n 3 0\n');
    expect(m.variables.map((v) => v.id)).toEqual(['Root', 'Wheels', 'x3']);
    expect(m.constraints).toEqual([
      { kind: 'clause', id: 'clause1', literals: [{ variable: 0, values: [1] }] },
      { kind: 'clause', id: 'clause2', literals: [{ variable: 1, values: [0] }, { variable: 2, values: [1] }] },
    ]);
    validateModel(m);
  });

  it.each([
    ['1 0\n', /clause before the "p cnf" header/],
    ['p cnf x 1\n1 0', /line 1: expected "p cnf/],
    ['p cnf 2 1\n1 3 0', /line 2: literal 3 refers to a variable outside 1..2/],
    ['p cnf 2 1\n1 a 0', /line 2: "a" is not an integer/],
    ['p cnf 2 1\n1 2', /line 2: clause not terminated by 0/],
    ['p cnf 2 2\n1 0', /declares 2 clauses, found 1/],
    ['p cnf 2 1\n1 0\n2 0', /line 3: more clauses than the 1 declared/],
    ['p cnf 99999999999 1\n1 0', /exceed the limit/],
    ['p cnf 2 1\n99999999999999999999 0', /outside 1..2/],
    ['c only comments', /missing "p cnf/],
    ['p cnf 1 1\np cnf 1 1\n1 0', /second "p" header/],
  ])('rejects %j', (text, message) => {
    expect(() => parseDimacs(text)).toThrow(EngineError);
    expect(() => parseDimacs(text)).toThrow(message);
  });
});

const xcsp = (body: string): string => `<?xml version="1.0"?>\n<instance>\n<presentation name="t"/>\n${body}\n</instance>`;
const good = `<domains nbDomains="2"><domain name="D" nbValues="4">0..2 7</domain><domain name="E" nbValues="2">-1 1</domain></domains>
<variables nbVariables="3"><variable name="A" domain="D"/><variable name="B" domain="D"/><variable name="C" domain="E"/></variables>
<relations nbRelations="2"><relation name="R" arity="2" nbTuples="3" semantics="supports">0 7|7 0|2 9</relation>
<relation name="S" arity="2" nbTuples="1" semantics="conflicts">1 -1</relation></relations>
<constraints nbConstraints="3"><constraint name="c0" arity="2" scope="A B" reference="R"/><constraint name="c1" arity="2" scope="A C" reference="S"/>
<constraint name="c2" arity="2" scope="A A" reference="R"/></constraints>`;

describe('XCSP parser', () => {
  it('reads domains, relations, constraints; maps values to indices', () => {
    const m = parseXcsp(xcsp(good));
    validateModel(m);
    expect(m.variables).toEqual([
      { id: 'A', domainSize: 4, labels: ['0', '1', '2', '7'] },
      { id: 'B', domainSize: 4, labels: ['0', '1', '2', '7'] },
      { id: 'C', domainSize: 2, labels: ['-1', '1'] },
    ]);
    // "2 9": 9 is outside B's domain, so that row can never occur and is dropped.
    expect(m.constraints[0]).toEqual({ kind: 'table', id: 'c0', scope: [0, 1], tuples: Int32Array.from([0, 3, 3, 0]), mode: 'supports' });
    expect(m.constraints[1]).toEqual({ kind: 'table', id: 'c1', scope: [0, 2], tuples: Int32Array.from([1, 0]), mode: 'conflicts' });
    // repeated variable: only rows agreeing on A survive (none of R's rows do)
    expect(m.constraints[2]).toEqual({ kind: 'table', id: 'c2', scope: [0], tuples: Int32Array.from([]), mode: 'supports' });
  });

  it.each([
    [good.replace('reference="S"', 'reference="Nope"'), /line \d+: constraint "c1": unknown relation "Nope"/],
    [good.replace('scope="A C"', 'scope="A Z"'), /constraint "c1": unknown variable "Z"/],
    [good.replace('domain="E"', 'domain="F"'), /variable "C" refers to unknown domain "F"/],
    [good.replace('0..2 7', '0..99999999'), /domain "D": more than 100000 values/],
    [good.replace('0..2 7', '1e9'), /"1e9" is not an integer/],
    [good.replace('0 7|7 0|2 9', '0 7|7|2 9'), /relation "R": tuple 2 \("7"\) has 1 values, arity is 2/],
    [good.replace('nbTuples="3"', 'nbTuples="4"'), /declares nbTuples="4" but has 3 tuples/],
    [good.replace('semantics="conflicts"', 'semantics="maybe"'), /semantics "maybe"/],
    [good.replace('</relations>', ''), /closing tag <\/instance> does not match <relations>/],
    [good.replace('<variable name="A" domain="D"/>', '<variable name="A" domain=D/>'), /attribute "domain" of <variable> is not quoted/],
    [good.replace('<variables nbVariables="3">', '<variables nbVariables="3"><variable name="A" domain="D"/>'), /duplicate variable "A"/],
    [good + '<predicates nbPredicates="1"><predicate name="P"/></predicates>', /<predicates> are not supported/],
    [good.replace('0 7|7 0', '0 7|&bogus;'), /unknown entity "&bogus;"/],
    [good.replace('arity="2" scope="A B"', 'arity="3" scope="A B"'), /declares arity="3" but has 2 scope variables/],
  ])('rejects malformed input %#', (body, message) => {
    expect(() => parseXcsp(xcsp(body))).toThrow(EngineError);
    expect(() => parseXcsp(xcsp(body))).toThrow(message);
  });

  it('rejects DOCTYPE/entities, wrong roots, and oversized input', () => {
    expect(() => parseXcsp('<!DOCTYPE x [<!ENTITY a "b">]><instance/>')).toThrow(/DOCTYPE/);
    expect(() => parseXcsp('<model></model>')).toThrow(/root element is <model>/);
    expect(() => parseXcsp('<instance>')).toThrow(/never closed/);
    expect(() => parseXcsp('')).toThrow(/no root element/);
    expect(() => parseXcsp(xcsp(good), { maxChars: 100 })).toThrow(/exceeds the limit of 100/);
    expect(() => parseXcsp(xcsp(good), { maxTuples: 2 })).toThrow(/more than 2 tuples/);
    expect(() => parseXcsp('<instance>' + '<a>'.repeat(40) + '</a>'.repeat(40) + '</instance>')).toThrow(/deeper than 16/);
  });
});
