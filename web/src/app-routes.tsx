import { Route, Routes } from 'react-router';
import { AppConnectionsPage } from './app-connections/app-connections-page.tsx';
import { CalendarPage } from './calendars/calendar-page.tsx';
import { CalendarsPage } from './calendars/calendars-page.tsx';
import { HealthiePage } from './healthie/healthie-page.tsx';
import { MemberPage } from './members/member-page.tsx';
import { MembersPage } from './members/members-page.tsx';
import { RequireSession } from './session/require-session.tsx';
import { SignInPage } from './session/sign-in-page.tsx';
import { NotFoundPage } from './ui/not-found-page.tsx';
import { FirstWorkspaceRedirect } from './workspace/first-workspace-redirect.tsx';
import { WorkspaceHome } from './workspace/workspace-home.tsx';
import { WorkspaceLayout } from './workspace/workspace-layout.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireSession />}>
        <Route index element={<FirstWorkspaceRedirect />} />
        <Route path="w/:ws" element={<WorkspaceLayout />}>
          <Route index element={<WorkspaceHome />} />
          <Route path="app-connections" element={<AppConnectionsPage />} />
          <Route path="app-connections/healthie" element={<HealthiePage />} />
          <Route path="calendars" element={<CalendarsPage />} />
          <Route path="calendars/:id" element={<CalendarPage />} />
          <Route path="members" element={<MembersPage />} />
          <Route path="members/:id" element={<MemberPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
