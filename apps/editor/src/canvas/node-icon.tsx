import {
  Bell,
  CalendarCheck,
  Clock,
  Flag,
  Gauge,
  GitBranch,
  List,
  MessageSquare,
  PlayCircle,
  Puzzle,
  Split,
  UserRound,
  type LucideIcon,
} from 'lucide-react';

/** The glyph for each icon name node definitions use; unknown names get a puzzle piece. */
const icons: Record<string, LucideIcon> = {
  bell: Bell,
  branch: GitBranch,
  calendar: CalendarCheck,
  clock: Clock,
  flag: Flag,
  gauge: Gauge,
  list: List,
  message: MessageSquare,
  play: PlayCircle,
  split: Split,
  user: UserRound,
};

export function NodeIcon({ name, size = 16 }: { name: string; size?: number }) {
  const Icon = icons[name] ?? Puzzle;
  return <Icon size={size} aria-hidden="true" />;
}
