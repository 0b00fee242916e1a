import type { ComponentChildren } from 'preact';

/** The ids and state that tie a control to its label, help line and error. */
export interface FieldControl {
  id: string;
  'aria-describedby': string;
  'aria-invalid': 'true' | undefined;
}

interface FieldProps {
  id: string;
  label: ComponentChildren;
  help: ComponentChildren;
  /** What is wrong with the value, when something is; shown under the help and announced first. */
  error?: ComponentChildren;
  /** Renders the control itself, spreading `control` onto it. */
  children: (control: FieldControl) => ComponentChildren;
}

/**
 * One labelled form control with its help line and, when there is one, its error. The error is
 * listed first in `aria-describedby`, so a screen reader says what is wrong before how to fill it.
 */
export function Field({ id, label, help, error, children }: FieldProps) {
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const invalid = error !== undefined && error !== null && error !== false && error !== '';
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({
        id,
        'aria-describedby': invalid ? `${errorId} ${helpId}` : helpId,
        'aria-invalid': invalid ? 'true' : undefined,
      })}
      <p id={helpId} class="help">
        {help}
      </p>
      {invalid && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
