package serve

import (
	"maps"
	"time"

	"github.com/debrief-dev/debrief/store"
)

// draftsEvery is how often the drafts file is brought up to date while
// people type: a killed host loses at most this much of anyone's typing,
// and the disk is not written on every key.
var draftsEvery = time.Second

// draftKeeper is the goroutine that writes HubOptions.DraftsFile.
type draftKeeper struct {
	done    chan struct{}
	saved   int    // draftsV last written
	lastErr string // the last failure reported, so it is said once
}

func (h *Hub) keepDrafts() {
	defer close(h.keeper.done)
	if h.opts.DraftsFile == "" {
		return
	}
	t := time.NewTicker(draftsEvery)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			h.saveDrafts()
		case <-h.quit:
			return
		}
	}
}

// saveDrafts writes the drafts if they changed since the last write. Only
// the keeper goroutine calls it, and Close once the keeper has ended.
func (h *Hub) saveDrafts() {
	if h.opts.DraftsFile == "" {
		return
	}
	h.mu.RLock()
	v := h.draftsV
	drafts := maps.Clone(h.drafts)
	h.mu.RUnlock()
	if v == h.keeper.saved {
		return
	}
	if err := store.WriteDrafts(h.opts.DraftsFile, drafts); err != nil {
		if msg := err.Error(); msg != h.keeper.lastErr {
			h.keeper.lastErr = msg
			h.opts.Logf("what people have typed and not committed is not kept on disk: %v", err)
		}
		return
	}
	h.keeper.saved, h.keeper.lastErr = v, ""
}
