// Form fields on the Suomi.fi components: each shows its error beside itself (status + statusText,
// announced politely) and gets a stable id so the error summary can link to it.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Checkbox,
  CheckboxGroup,
  DateInput,
  Dropdown,
  DropdownItem,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { displayDate, parseDateInput } from '../format.ts';

interface BaseProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  optional?: boolean;
  /** The label is read by screen readers but not shown (e.g. inside a table row named by its header). */
  hideLabel?: boolean;
}

function useOptionalText(optional?: boolean): string | undefined {
  const { t } = useTranslation();
  return optional ? t('common.optional') : undefined;
}

export function TextField(
  props: BaseProps & {
    value: string;
    onChange(value: string): void;
    type?: 'text' | 'email' | 'password' | 'tel' | 'url';
    autoComplete?: string;
    inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
    width?: 'full' | 'short';
  },
) {
  const optionalText = useOptionalText(props.optional);
  return (
    <div className={props.width === 'short' ? 'field field-short' : 'field'}>
      <TextInput
        id={props.id}
        labelText={props.label}
        labelMode={props.hideLabel ? 'hidden' : 'visible'}
        hintText={props.hint}
        optionalText={optionalText}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(value) => props.onChange(value === undefined ? '' : String(value))}
        status={props.error ? 'error' : 'default'}
        statusText={props.error}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        fullWidth={props.width !== 'short'}
        aria-required={props.optional ? undefined : true}
      />
    </div>
  );
}

export function AreaField(props: BaseProps & { value: string; onChange(value: string): void; rows?: number }) {
  const optionalText = useOptionalText(props.optional);
  return (
    <div className="field">
      <Textarea
        id={props.id}
        labelText={props.label}
        hintText={props.hint}
        optionalText={optionalText}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        status={props.error ? 'error' : 'default'}
        statusText={props.error}
        rows={props.rows ?? 4}
        fullWidth
        resize="vertical"
      />
    </div>
  );
}

/**
 * A date typed as d.M.yyyy or chosen from the calendar. The value is 'YYYY-MM-DD' when the text is
 * a real date, otherwise the text itself (so that the form can say "not a date").
 */
export function DateField(props: BaseProps & { value: string; onChange(value: string): void }) {
  const { t, i18n } = useTranslation();
  const optionalText = useOptionalText(props.optional);
  const [text, setText] = useState(() => displayDate(props.value));

  useEffect(() => {
    // Follow a value set from outside (a reset after saving, a prefilled date).
    const current = parseDateInput(text) ?? text;
    if (current !== props.value) setText(displayDate(props.value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);

  const language = i18n.language === 'sv' || i18n.language === 'en' ? i18n.language : 'fi';
  return (
    <div className="field">
      <DateInput
        id={props.id}
        labelText={props.label}
        hintText={props.hint ?? t('common.dateHint')}
        optionalText={optionalText}
        value={text}
        onChange={({ value }) => {
          setText(value);
          props.onChange(parseDateInput(value) ?? value);
        }}
        status={props.error ? 'error' : 'default'}
        statusText={props.error}
        datePickerEnabled
        language={language}
        smallScreen={typeof window !== 'undefined' && window.innerWidth < 600}
        minDate={new Date(1990, 0, 1)}
        maxDate={new Date(2040, 11, 31)}
        aria-required={props.optional ? undefined : true}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  props: BaseProps & { value: string; onChange(value: string): void; options: Option[]; placeholder?: string },
) {
  const { t } = useTranslation();
  const optionalText = useOptionalText(props.optional);
  const options = props.optional ? [{ value: '', label: t('common.notChosen') }, ...props.options] : props.options;
  return (
    <div className="field">
      <Dropdown
        id={props.id}
        labelText={props.label}
        labelMode={props.hideLabel ? 'hidden' : 'visible'}
        hintText={props.hint}
        optionalText={optionalText}
        visualPlaceholder={props.placeholder ?? t('common.choose')}
        value={props.value === '' && !props.optional ? null : props.value}
        onChange={(value: string) => props.onChange(value)}
        status={props.error ? 'error' : 'default'}
        statusText={props.error}
        fullWidth
      >
        {options.map((option) => (
          <DropdownItem key={option.value || 'none'} value={option.value}>
            {option.label}
          </DropdownItem>
        ))}
      </Dropdown>
    </div>
  );
}

/** A choice from a code list of src/domain/codes.ts, labelled `codes.<list>.<code>`. */
export function CodeSelect(
  props: BaseProps & { value: string; onChange(value: string): void; list: string; codes: readonly string[] },
) {
  const { t } = useTranslation();
  const { list, codes, ...rest } = props;
  return <SelectField {...rest} options={codes.map((code) => ({ value: code, label: t(`codes.${list}.${code}`) }))} />;
}

export function RadioField(
  props: BaseProps & { value: string; onChange(value: string): void; options: Option[]; name?: string; small?: boolean },
) {
  const optionalText = useOptionalText(props.optional);
  return (
    <div className="field">
      <RadioButtonGroup
        id={props.id}
        name={props.name ?? props.id}
        labelText={props.label}
        groupHintText={props.hint}
        optionalText={optionalText}
        value={props.value}
        onChange={(value) => props.onChange(value)}
        groupStatus={props.error ? 'error' : 'default'}
        groupStatusText={props.error}
      >
        {props.options.map((option) => (
          <RadioButton key={option.value} value={option.value} id={`${props.id}-${option.value || 'none'}`}>
            {option.label}
          </RadioButton>
        ))}
      </RadioButtonGroup>
    </div>
  );
}

export function CodeRadio(
  props: BaseProps & { value: string; onChange(value: string): void; list: string; codes: readonly string[] },
) {
  const { t } = useTranslation();
  const { list, codes, ...rest } = props;
  return <RadioField {...rest} options={codes.map((code) => ({ value: code, label: t(`codes.${list}.${code}`) }))} />;
}

export function CheckField(props: { id: string; checked: boolean; onChange(checked: boolean): void; children: ReactNode; hint?: string; error?: string }) {
  return (
    <div className="field">
      <Checkbox
        id={props.id}
        checked={props.checked}
        onClick={({ checkboxState }) => props.onChange(checkboxState)}
        hintText={props.hint}
        status={props.error ? 'error' : 'default'}
        statusText={props.error}
      >
        {props.children}
      </Checkbox>
    </div>
  );
}

/** Several codes chosen at once, as a group of checkboxes. */
export function CheckGroupField(
  props: BaseProps & { values: string[]; onChange(values: string[]): void; options: Option[]; children?: (value: string) => ReactNode },
) {
  const optionalText = useOptionalText(props.optional);
  return (
    <div className="field">
      <CheckboxGroup
        id={props.id}
        labelText={props.label}
        groupHintText={props.hint}
        optionalText={optionalText}
        groupStatus={props.error ? 'error' : 'default'}
        groupStatusText={props.error}
      >
        {props.options.map((option) => {
          const checked = props.values.includes(option.value);
          return (
            <div key={option.value} className="check-with-extra">
              <Checkbox
                id={`${props.id}-${option.value}`}
                checked={checked}
                onClick={({ checkboxState }) =>
                  props.onChange(
                    checkboxState ? [...props.values, option.value] : props.values.filter((value) => value !== option.value),
                  )
                }
              >
                {option.label}
              </Checkbox>
              {checked && props.children ? props.children(option.value) : null}
            </div>
          );
        })}
      </CheckboxGroup>
    </div>
  );
}
