package tui

import "sync"

// sharedCache is a drawing kept for every screen in the process, bounded:
// when it holds max entries it starts again empty, which is cheaper than
// tracking which entry is oldest and costs one redraw of what is on
// screen. Each lookup and store takes the lock alone, so the drawing
// itself runs outside it: two screens drawing the same thing at once both
// get it right and neither waits.
type sharedCache[K comparable, V any] struct {
	mu  sync.Mutex
	m   map[K]V
	max int
}

func newSharedCache[K comparable, V any](max int) *sharedCache[K, V] {
	return &sharedCache[K, V]{m: map[K]V{}, max: max}
}

// get returns the drawing kept for k.
func (c *sharedCache[K, V]) get(k K) (V, bool) {
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	return v, ok
}

// put keeps v for k.
func (c *sharedCache[K, V]) put(k K, v V) {
	c.mu.Lock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[k] = v
	c.mu.Unlock()
}
