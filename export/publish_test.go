package export

import (
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/debrief-dev/debrief/model"
)

// rewrittenSession is a meeting where the scribe typed a blameful line and
// the room rewrote it before moving on.
func rewrittenSession(t testing.TB) []model.Event {
	t.Helper()
	setup := checkoutSetup
	setup.Attendees = append(setup.Attendees, model.Attendee{Name: "Mary", Role: model.RoleParticipant})
	s := newSession(time.Date(2026, 2, 18, 13, 58, 0, 0, time.UTC), setup, reviewAgenda())
	s.phase("poorly")
	id := s.note("poorly", "", "Mary didn't check the pool settings before the deploy.")
	s.add(model.Event{Kind: model.NoteEdited, Note: id,
		Text: "The deploy checklist has no step for the pool settings."})
	kept := s.note("poorly", "", "Tom should have checked the pool size before the deploy.")
	s.dismissFirst(t, setup.Names(), kept, "Tom should have checked the pool size before the deploy.")
	s.note("poorly", "", "It was human error.")
	s.add(model.Event{Kind: model.MeetingEnded})
	return s.events
}

// The published form leaves out the meeting record and the flagged words,
// so what the room rewrote is not republished; the full form keeps both.
func TestMarkdownPublishLeavesOutRewrittenWording(t *testing.T) {
	events := rewrittenSession(t)
	st := fold(t, events)
	full := Markdown(st, events, Options{})
	pub := Markdown(st, events, Options{Publish: true})

	const typed = "Mary didn't check the pool settings"
	if !strings.Contains(full, typed) {
		t.Fatalf("the full form should keep the record with %q", typed)
	}
	if strings.Contains(pub, typed) || strings.Contains(pub, "Mary didn") {
		t.Errorf("the published form republishes the rewritten wording %q", typed)
	}
	if strings.Contains(pub, recordSummary) {
		t.Error("the published form has the meeting record")
	}
	if !strings.Contains(pub, "The deploy checklist has no step for the pool settings.") {
		t.Error("the published form lost the rewritten note")
	}
	// The flags are counted, not quoted.
	if strings.Contains(pub, "| Flagged |") || !strings.Contains(pub, "| Category | Open | Dismissed |") {
		t.Errorf("the published form's flags should be counts by category:\n%s", pub)
	}
	if _, _, err := ParseMarkdown("pub.md", []byte(pub)); err == nil {
		t.Error("a published form has no record to replay, and ParseMarkdown should say so")
	}
	src := []byte(pub)
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindHTMLBlock:
			if html := strings.TrimSpace(string(linesOf(n, src))); !lintSwitch.MatchString(html) {
				t.Errorf("the published form has HTML other than lint switches: %q", html)
			}
		case ast.KindRawHTML:
			if html := segmentsOf(n.(*ast.RawHTML).Segments, src); !lintSwitch.MatchString(html) {
				t.Errorf("the published form has HTML other than lint switches: %q", html)
			}
		case ast.KindFencedCodeBlock:
			t.Error("the published form has a fenced block, which only the record may bring")
		case east.KindTable:
			checkTable(t, n, src)
		}
		return ast.WalkContinue, nil
	})
}

func TestMarkdownPublishGolden(t *testing.T) {
	events := checkoutSession(t)
	golden(t, "checkout.publish.md.golden", []byte(Markdown(fold(t, events), events, Options{Publish: true})))
}
