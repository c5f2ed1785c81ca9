package export

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// The trigger joins the header and each factor shows its kind, once the
// meeting chose them; a meeting that did not choose exports as before.
func TestMarkdownTaxonomy(t *testing.T) {
	s := newSession(time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC), model.Setup{Service: "payments"}, reviewAgenda())
	s.phase("poorly")
	id := s.note("poorly", model.SectionFactor, "Pool capped at 20")
	before := Markdown(fold(t, s.events), s.events, Options{})
	if strings.Contains(before, "**Trigger:**") || strings.Contains(before, "_(software)_") {
		t.Fatalf("an unclassified meeting shows a taxonomy:\n%s", before)
	}
	s.add(model.Event{Kind: model.Classified, Field: model.ClassTrigger, Value: "config push"})
	s.add(model.Event{Kind: model.Classified, Field: model.ClassFactor, Note: id, Value: "software"})
	md := Markdown(fold(t, s.events), s.events, Options{})
	for _, want := range []string{
		"**Review meeting:** 2026-05-01 10:00 UTC \\\n**Trigger:** config push\n",
		"- Pool capped at 20 _(software)_\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("export lacks %q", want)
		}
	}
}
