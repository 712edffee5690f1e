import { Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { useSession } from './use-session.ts';
import { useSignIn } from './use-sign-in.ts';

/** Only paths inside the app are followed after sign-in, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const session = useSession();
  const signIn = useSignIn();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  usePageTitle('Sign in');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ body: { email, password } });
  };

  if (session.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    <Center mih="100vh" p="md">
      <Paper component="form" onSubmit={submit} withBorder shadow="sm" p="xl" w={380} maw="100%">
        <Stack>
          <Title order={1} size="h2">
            Sign in
          </Title>
          {signIn.error && <ErrorAlert error={signIn.error} title="Sign-in failed" />}
          <TextInput label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <Button type="submit" loading={signIn.isPending}>
            Sign in
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
