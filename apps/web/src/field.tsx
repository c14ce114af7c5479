// A labelled form field for forms whose values live in React state (not in an Ant Design form store):
// the label is tied to the control (for/id), the control carries aria-invalid while it has an error,
// and the help or error text under it is tied to it (aria-describedby) — an error is announced as
// it appears (role="alert").
import { cloneElement, isValidElement, useId, type ReactElement } from 'react';
import { Form, type FormItemProps } from 'antd';

type Props = Omit<FormItemProps, 'children' | 'htmlFor'> & { children: ReactElement<Record<string, unknown>> };

export function Field({ children, help, validateStatus, ...rest }: Props) {
  const auto = `f${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const own = isValidElement(children) ? (children.props.id as string | undefined) : undefined;
  const id = own ?? auto;
  const helpId = `${id}-help`;
  const hasHelp = help !== undefined && help !== null && help !== false && help !== '';
  const invalid = validateStatus === 'error';
  const control = cloneElement(children, {
    id,
    'aria-invalid': invalid || undefined,
    'aria-describedby': hasHelp ? helpId : undefined,
  });
  return (
    <Form.Item
      {...rest}
      htmlFor={id}
      validateStatus={validateStatus}
      help={hasHelp ? <span id={helpId} role={invalid ? 'alert' : undefined}>{help}</span> : undefined}
    >
      {control}
    </Form.Item>
  );
}
