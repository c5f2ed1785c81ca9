package serve

// connected is how many links are joined.
func (h *Hub) connected() int {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return len(h.links)
}
