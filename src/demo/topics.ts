import { type Day, financialYear, monthName, municipalYearContaining } from './calendar.ts';
import { schools, streets } from './names.ts';
import type { OfficerRole, PortfolioKey, WardPlan } from './plan.ts';
import type { Random } from './random.ts';
import type { DecisionType } from '../meetings/meeting-tables.ts';
import type { PlanningOutcome } from './topics-regulatory.ts';

/**
 * A piece of substantive business a committee can take: the report's title
 * and purpose, who presents it, and pools of discussion points,
 * recommendations, decisions and actions that the generator draws from.
 * Text may hold placeholders, filled per meeting by `fill`.
 */
export interface Topic {
  id: string;
  title: string;
  /** "To review ...": the agenda description and the report's purpose. */
  purpose: string;
  lead: OfficerRole;
  author?: OfficerRole;
  portfolio?: PortfolioKey;
  decisionType?: DecisionType;
  isKeyDecision?: boolean;
  /** How many wards it affects, picked at random; absent for all wards. */
  wards?: number;
  /** The wards it affects, when they are known (a planning site). */
  fixedWards?: readonly WardPlan[];
  /** The wards it affects, by name. */
  wardNames?: readonly string[];
  /** What the report says, where the discussion points are about the meeting rather than the subject. */
  keyConsiderations?: string;
  /** Taken once a year, in this month (1-12) or the nearest meeting to it. */
  annualMonth?: number;
  /** Discussion points, in the past tense as minutes record them. */
  points: readonly string[];
  /** Scrutiny recommendations, each one lettered paragraph. */
  recommendations?: readonly string[];
  addressee?: { to: 'executive' | 'partner' | 'officers'; name: string };
  /** Parts of a decision: "That: (a) ...". */
  decisions?: readonly string[];
  actions?: readonly string[];
  /** Business taken without a written report, such as electing the chairman. */
  noReport?: boolean;
  /** What a planning committee decided on an application. */
  planning?: PlanningOutcome;
}

export interface FillContext {
  random: Random;
  date: Day;
  wards: readonly WardPlan[];
}

/** The latest quarter of the financial year whose figures would be ready at a meeting on `date`. */
export function reportingQuarter(date: Day): string {
  const month = Number(date.slice(5, 7));
  if (month >= 4 && month <= 6) return `quarter 4 ${financialYear(date, -1)}`;
  if (month >= 7 && month <= 9) return `quarter 1 ${financialYear(date)}`;
  if (month >= 10) return `quarter 2 ${financialYear(date)}`;
  return `quarter 3 ${financialYear(date)}`;
}

/**
 * Fills {fy}, {prevFy}, {nextFy}, {year}, {quarter}, {month}, {ward},
 * {school}, {street} and {n:10-40} (a number in a range) for a meeting day.
 * The same placeholder gets the same value throughout one call.
 */
export function fill(template: string, context: FillContext, memo = new Map<string, string>()): string {
  return template.replace(/\{([a-zA-Z]+)(?::(\d+)-(\d+))?\}/g, (whole, name: string, min?: string, max?: string) => {
    const known = memo.get(whole);
    if (known !== undefined) return known;
    const value = placeholder(name, context, min === undefined ? undefined : [Number(min), Number(max)]);
    memo.set(whole, value);
    return value;
  });
}

function placeholder(name: string, { random, date, wards }: FillContext, range?: [number, number]): string {
  switch (name) {
    case 'fy': return financialYear(date);
    case 'prevFy': return financialYear(date, -1);
    case 'nextFy': return financialYear(date, 1);
    case 'year': return municipalYearContaining(date).label;
    case 'quarter': return reportingQuarter(date);
    case 'month': return monthName(date);
    case 'ward': return random.pick(wards).name;
    case 'school': return random.pick(schools);
    case 'street': return random.pick(streets);
    case 'n': return String(random.int(range?.[0] ?? 2, range?.[1] ?? 9));
    default: throw new Error(`unknown placeholder {${name}} in demo text`);
  }
}

/** "To review the plan" → "to review the plan", for "the purpose of which was to …". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "(a) first;\n(b) second." from parts, as minutes print lettered paragraphs. */
export function lettered(parts: readonly string[]): string {
  return parts
    .map((part, i) => `(${letter(i)}) ${part.replace(/[.;]$/, '')}${i === parts.length - 1 ? '.' : ';'}`)
    .join('\n');
}

export function letter(index: number): string {
  return String.fromCharCode(97 + index);
}
