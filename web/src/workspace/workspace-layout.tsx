import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useMemo } from 'react';
import { Outlet, useParams } from 'react-router';
import { api } from '../api/api.ts';
import { useSignedInSession } from '../session/use-session.ts';
import { allows } from './scopes.ts';
import { SignedInUser } from './signed-in-user.tsx';
import { WorkspaceContext, type WorkspaceContextValue } from './workspace-context.tsx';
import { WorkspaceNav } from './workspace-nav.tsx';
import { WorkspaceNotFound } from './workspace-not-found.tsx';
import { WorkspaceSwitcher } from './workspace-switcher.tsx';

/** The signed-in frame of one workspace (`/w/:ws/...`): header, sidebar and the page. */
export function WorkspaceLayout() {
  const { ws = '' } = useParams();
  const { workspaces } = useSignedInSession();
  const workspace = workspaces.find((w) => w.slug === ws || w.id === ws);
  const details = api.useQuery('get', '/api/v1/workspaces/{ws}', { params: { path: { ws: workspace?.slug ?? '' } } }, { enabled: !!workspace });
  const [navOpened, nav] = useDisclosure(false);

  const scopes = details.data?.scopes ?? workspace?.scopes;
  const can = useCallback((scope: string) => allows(scopes ?? [], scope), [scopes]);
  const context = useMemo<WorkspaceContextValue | null>(
    () =>
      workspace
        ? {
            workspace,
            features: details.data?.features,
            can,
            ws: workspace.slug,
            uiPath: (rest) => `/w/${workspace.slug}/${rest}`,
          }
        : null,
    [workspace, details.data, can],
  );

  if (!context) return <WorkspaceNotFound />;

  return (
    <WorkspaceContext value={context}>
      <AppShell header={{ height: 52 }} navbar={{ width: { base: 200, md: 230 }, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md">
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text fw={700}>healthie-connect</Text>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <AppShell.Section mb="sm">
            <WorkspaceSwitcher />
          </AppShell.Section>
          <AppShell.Section grow>
            <WorkspaceNav onNavigate={nav.close} />
          </AppShell.Section>
          <AppShell.Section>
            <SignedInUser />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </WorkspaceContext>
  );
}
