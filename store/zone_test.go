package store

import (
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// TestLoadResolvesTheSessionZone shows a session written in a zone reads
// in it after loading: the zone is resolved here, before any screen runs,
// since the model does not read the zone database itself.
func TestLoadResolvesTheSessionZone(t *testing.T) {
	if _, err := time.LoadLocation("Asia/Kathmandu"); err != nil {
		t.Skip("no tzdata:", err)
	}
	f, p := create(t)
	evs := meeting(2)
	evs[0].Setup.TimeZone = "Asia/Kathmandu" // used by no other test
	if err := f.Append(evs...); err != nil {
		t.Fatal(err)
	}
	st, err := model.Fold(mustLoad(t, p))
	if err != nil {
		t.Fatal(err)
	}
	if got := st.InputZone().String(); got != "Asia/Kathmandu" {
		t.Errorf("a session written in Asia/Kathmandu reads in %s", got)
	}
}
