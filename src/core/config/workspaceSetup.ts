import { RecordChecker } from '../checks/recordChecker';
import { buildProfile, type Profile } from '../profile/profile';
import { profileOverrides, type IncidentRecordsConfig } from './config';
import { PathFilter } from './glob';
import type { RuleSeverities } from './ruleSeverities';

/** Everything derived from one workspace configuration. */
export interface WorkspaceSetup {
  config: IncidentRecordsConfig;
  profile: Profile;
  checker: RecordChecker;
  rules: RuleSeverities;
  filter: PathFilter;
}

/** `templates`: record type → template text, used for the guidance that quick fixes insert. */
export function workspaceSetup(config: IncidentRecordsConfig, templates: Record<string, string> = {}): WorkspaceSetup {
  const profile = buildProfile(profileOverrides(config));
  return {
    config,
    profile,
    checker: new RecordChecker(profile, templates),
    rules: config.rules ?? {},
    filter: new PathFilter(config.include, config.exclude),
  };
}
