import { feedRoute } from '../../lib/feed-items.ts';

export const GET = feedRoute('press', 'atom');
