import { InvalidArgumentError } from 'commander';

/** A commander parser for whole-number options, with an error that names the option. */
export function integerOption(name: string) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number, not "${value}".`);
    return Number(value);
  };
}
