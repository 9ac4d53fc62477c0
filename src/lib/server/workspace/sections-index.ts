// One import per feature that adds a section to the organisation workspace (each file calls
// registerWorkspaceSection). The workspace page imports this file.
import '../events/workspace-section';
import '../projects/workspace-section';
import '../news/workspace-section';
import '../people/workspace-section';
import '../library/workspace-section';
import '../surveys/workspace-section';
import '../programmes/workspace-section';
import '../contests/workspace-section';
import '../cooperation/workspace-section';
import '../mentors/workspace-section';
import '../mentoring/workspace-section';
import './team-section';
import '../insight/workspace-sections';
import '../communities/workspace-section';
import '../impact/workspace-section';
