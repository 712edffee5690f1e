import { AppError } from '../platform/errors.ts';
import { hasFeature, type Feature, type Workspace } from '../workspace/workspaces.ts';

export function requireHealthie(workspace: Workspace): void {
  requireFeature(workspace, 'ehr_healthie', 'Healthie is not enabled for this workspace; contact your account team to turn on the ehr_healthie feature');
}

function requireFeature(workspace: Workspace, feature: Feature, message: string): void {
  if (!hasFeature(workspace, feature)) throw new AppError(403, 'feature_disabled', message);
}
