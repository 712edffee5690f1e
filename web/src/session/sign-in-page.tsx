import { Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { useAction } from '../ui/use-action.ts';
import { useSession } from './session-context.tsx';

/** Only paths inside the app are followed after sign-in, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = useAction((event: FormEvent) => {
    event.preventDefault();
    return signIn(email, password);
  });

  if (state.status === 'signed-in') return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    <Center mih="100vh" p="md">
      <Paper component="form" onSubmit={(e) => void submit.run(e)} withBorder shadow="sm" p="xl" w={380} maw="100%">
        <Stack>
          <Title order={1} size="h2">
            Sign in
          </Title>
          {submit.error && <ErrorAlert error={submit.error} title="Sign-in failed" />}
          <TextInput label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <Button type="submit" loading={submit.busy}>
            Sign in
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
