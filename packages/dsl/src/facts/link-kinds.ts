/** Links the driver fills in when it renders a message (signed by the runtime, fake in the simulator). */
export const linkKinds = ['portal', 'pay', 'promise', 'plan', 'lesson'] as const;
export type LinkKind = (typeof linkKinds)[number];
