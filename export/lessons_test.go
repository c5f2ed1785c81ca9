package export

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// TestPoorlyMovedToFactorsIsNotNone: when every note of the "what didn't go
// well" phase became a contributing factor, Lessons Learned must not say
// nothing went poorly.
func TestPoorlyMovedToFactorsIsNotNone(t *testing.T) {
	s := newSession(time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC), model.Setup{}, reviewAgenda())
	s.phase("poorly")
	s.note("poorly", model.SectionFactor, "The canary gate checks the error rate only.")
	md := Markdown(fold(t, s.events), s.events, Options{})
	lessons := md[strings.Index(md, "## Lessons Learned"):]
	if !strings.Contains(lessons, "**What went poorly:**\n\n_Each is listed under Contributing Factors._") {
		t.Errorf("lessons read as if nothing went poorly:\n%s", lessons)
	}
	if !strings.Contains(lessons, "**What went well:**\n\n_None captured._") {
		t.Errorf("what went well lost its placeholder:\n%s", lessons)
	}

	empty := newSession(time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC), model.Setup{}, reviewAgenda())
	md = Markdown(fold(t, empty.events), empty.events, Options{})
	if !strings.Contains(md, "**What went poorly:**\n\n_None captured._") {
		t.Errorf("a review with no notes should say none were captured")
	}
}
