import { useState } from 'preact/hooks';
import { call, login } from './api';
import { t } from './i18n';
import { Field, Form, go, list, useAction } from './ui';

export function Login() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();
  return (
    <section>
      <h1>{t('auth.login')}</h1>
      <Form
        label={t('auth.login')}
        submit={t('auth.login')}
        busy={action.busy}
        error={action.error}
        onSubmit={() => action.run(() => login(email, password)).then((ok) => ok && go('/'))}
      >
        <Field label={t('auth.email')} name="email" type="email" autocomplete="username" required value={email} onInput={setEmail} />
        <Field label={t('auth.password')} name="password" type="password" autocomplete="current-password" required value={password} onInput={setPassword} />
      </Form>
      <p>
        {t('auth.noAccount')} <a href="#/register">{t('auth.register')}</a>
      </p>
    </section>
  );
}

export function Register() {
  const [form, setForm] = useState({
    name: '',
    email: '',
    password: '',
    regionId: '',
    school: '',
    subjects: '',
    level: 'SMP',
    educatorType: 'PENDIDIK',
  });
  const set = (name: keyof typeof form) => (value: string) => setForm({ ...form, [name]: value });
  const action = useAction();
  const submit = () =>
    action
      .run(async () => {
        await call('POST', '/members', {
          auth: false,
          body: {
            email: form.email,
            password: form.password,
            name: form.name,
            regionId: form.regionId,
            school: form.school || undefined,
            subjects: list(form.subjects),
            levels: [form.level],
            educatorType: form.educatorType,
          },
        });
        await login(form.email, form.password);
      })
      .then((ok) => ok && go('/'));
  const levels = ['PAUD', 'SD', 'SMP', 'SMA', 'SMK', 'SLB'].map((v) => ({ value: v, label: v }));
  return (
    <section>
      <h1>{t('auth.register')}</h1>
      <Form label={t('auth.register')} submit={t('auth.register')} busy={action.busy} error={action.error} onSubmit={submit}>
        <Field label={t('auth.name')} name="name" required autocomplete="name" value={form.name} onInput={set('name')} error={action.error} />
        <Field label={t('auth.email')} name="email" type="email" required autocomplete="email" value={form.email} onInput={set('email')} error={action.error} />
        <Field
          label={t('auth.password')}
          name="password"
          type="password"
          required
          autocomplete="new-password"
          hint={t('auth.passwordHint')}
          value={form.password}
          onInput={set('password')}
          error={action.error}
        />
        <Field label={t('auth.region')} name="regionId" required hint={t('auth.regionHint')} value={form.regionId} onInput={set('regionId')} error={action.error} />
        <Field label={t('auth.school')} name="school" value={form.school} onInput={set('school')} error={action.error} />
        <Field label={t('auth.subjects')} name="subjects" hint={t('form.commaList')} value={form.subjects} onInput={set('subjects')} error={action.error} />
        <Field label={t('auth.level')} name="levels" value={form.level} onInput={set('level')} options={levels} error={action.error} />
        <Field
          label={t('auth.educatorType')}
          name="educatorType"
          value={form.educatorType}
          onInput={set('educatorType')}
          options={[
            { value: 'PENDIDIK', label: t('enum.PENDIDIK') },
            { value: 'TENAGA_KEPENDIDIKAN', label: t('enum.TENAGA_KEPENDIDIKAN') },
          ]}
        />
      </Form>
      <p>
        {t('auth.haveAccount')} <a href="#/login">{t('auth.login')}</a>
      </p>
    </section>
  );
}
