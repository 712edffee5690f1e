import { NavLink } from '@mantine/core';
import { NavLink as RouterNavLink } from 'react-router';
import { useWorkspace } from './workspace-context.tsx';
import { visibleSections } from './workspace-sections.ts';

export function WorkspaceNav({ onNavigate }: { onNavigate: () => void }) {
  const { can, uiPath } = useWorkspace();
  return (
    <nav aria-label="Main">
      {visibleSections(can).map((section) => (
        <NavLink key={section.path} component={RouterNavLink} to={uiPath(section.path)} label={section.label} onClick={onNavigate} />
      ))}
    </nav>
  );
}
