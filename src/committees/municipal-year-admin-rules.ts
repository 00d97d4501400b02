import { addDays, type Day, dayOfWeek, daysBetween, yearOf } from '../deadlines/days.ts';
import { formatDateShort } from '../web/format.ts';
import type { MunicipalYear } from './committee-tables.ts';

type YearDates = Pick<MunicipalYear, 'label' | 'startsOn' | 'endsOn'>;

/** "2026/27": the year starting at the annual meeting of 2026. */
export function municipalYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * The annual meeting on a council's weekday: the first one on or after
 * 12 May, so always in mid-May. Councils keep the weekday from year to year.
 */
export function annualMeetingOn(year: number, weekday: number): Day {
  const may12 = `${year}-05-12`;
  return addDays(may12, (weekday - dayOfWeek(may12) + 7) % 7);
}

/**
 * The year a clerk most likely adds next: the one after the latest, from
 * the day after it ends to the eve of the next annual meeting on the same
 * weekday. With no years yet, the one running today, from a Tuesday
 * annual meeting (the most common day).
 */
export function suggestNextMunicipalYear(existing: readonly YearDates[], today: Day): YearDates {
  const latest = [...existing].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
  let startsOn: Day;
  if (latest) {
    startsOn = addDays(latest.endsOn, 1);
  } else {
    const thisYear = annualMeetingOn(yearOf(today), 2);
    startsOn = today >= thisYear ? thisYear : annualMeetingOn(yearOf(today) - 1, 2);
  }
  const endsOn = addDays(annualMeetingOn(yearOf(startsOn) + 1, dayOfWeek(startsOn)), -1);
  return { label: municipalYearLabel(yearOf(startsOn)), startsOn, endsOn };
}

/**
 * Problems with a municipal year a clerk is adding, by field: the label
 * reads "2026/27" and names the year it starts in; it ends after it starts,
 * within about a year; it does not overlap another year, nor repeat a label.
 */
export function municipalYearProblems(year: YearDates, existing: readonly YearDates[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const match = /^(\d{4})\/(\d{2})$/.exec(year.label);
  if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2])) {
    problems.label = 'Enter the year as the two years it spans, like 2026/27';
  } else if (existing.some((y) => y.label === year.label)) {
    problems.label = `There is already a municipal year ${year.label}`;
  } else if (yearOf(year.startsOn) !== Number(match[1])) {
    problems.startsOn = `The ${year.label} year starts in ${match[1]}, at the annual meeting`;
  }
  if (year.endsOn <= year.startsOn) {
    problems.endsOn = 'End date must be after the start date';
  } else if (daysBetween(year.startsOn, year.endsOn) > 400) {
    problems.endsOn = 'A municipal year runs for about a year: the end date is too late';
  }
  const overlapping = existing.find((y) => y.startsOn <= year.endsOn && year.startsOn <= y.endsOn);
  if (overlapping && !problems.startsOn) {
    problems.startsOn = `These dates overlap ${overlapping.label}, which runs from ${formatDateShort(overlapping.startsOn)} to ${formatDateShort(overlapping.endsOn)}`;
  }
  return problems;
}

/** The municipal year a day falls in, if any. */
export function municipalYearOf<T extends Pick<MunicipalYear, 'startsOn' | 'endsOn'>>(years: readonly T[], day: Day): T | undefined {
  return years.find((y) => y.startsOn <= day && day <= y.endsOn);
}
