package lint

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestRewriteOverMarkupIsOfferedNotApplied: a rewrite whose words hold a
// link would drop the link if a tool applied it, so lint offers the
// statement but no replacement; a rewrite across a wrapped line reads as
// one line.
func TestRewriteOverMarkupIsOfferedNotApplied(t *testing.T) {
	doc := "Tom should have updated [the status page](https://status.example.com/) during the outage.\n\n" +
		"Tom should have paused the canary rollout of the new\nconnection pool settings before the peak.\n\n" +
		"Tom should have paused the canary before the peak.\n"
	_, out, _ := run(t, doc, "--names", "Tom", "--format", "json", "-")
	var got []struct {
		Line        int
		Suggestion  string
		Question    string
		Replacement *string
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(got) != 3 {
		t.Fatalf("want 3 findings, got %d:\n%s", len(got), out)
	}
	link, wrapped, plain := got[0], got[1], got[2]
	if link.Replacement != nil {
		t.Errorf("a replacement over a link: %q", *link.Replacement)
	}
	if link.Suggestion != "The status page was not updated during the outage" {
		t.Errorf("link suggestion %q", link.Suggestion)
	}
	for _, s := range []string{wrapped.Suggestion, wrapped.Question, link.Question} {
		if strings.Contains(s, "\n") || strings.Contains(s, "  ") {
			t.Errorf("a rewrite keeps a line break or a run of spaces: %q", s)
		}
	}
	if !strings.Contains(wrapped.Suggestion, "of the new connection pool settings was not paused") {
		t.Errorf("wrapped suggestion %q", wrapped.Suggestion)
	}
	if plain.Replacement == nil || *plain.Replacement != "The canary was not paused before the peak." {
		t.Errorf("plain prose lost its replacement: %+v", plain)
	}
}

// TestRewriteNeverDropsCode: inline code is blanked out before the check,
// so a rewrite built across it would lose the command; the rule's own
// suggestion and question are offered instead.
func TestRewriteNeverDropsCode(t *testing.T) {
	_, out, _ := run(t, "Tom should have run `make check-all` before the merge.\n", "--names", "Tom", "--format", "json", "-")
	var got []struct{ Suggestion, Question string }
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got) != 1 {
		t.Fatalf("want one finding: %v\n%s", err, out)
	}
	for _, s := range []string{got[0].Suggestion, got[0].Question} {
		if strings.Contains(s, "before the merge") && !strings.Contains(s, "make check-all") {
			t.Errorf("the rewrite dropped the code: %q", s)
		}
	}
}

// TestReplacementAppliesToTheFile: the replacement's offset and length
// are bytes of the file, so a tool that applies it gets the sentence.
func TestReplacementAppliesToTheFile(t *testing.T) {
	doc := "# Review\n\nSome context first.\n\nTom should have paused the canary before the peak.\n"
	_, out, _ := run(t, doc, "--names", "Tom", "--format", "json", "-")
	var got []struct {
		Replacement string
		RO          *int `json:"replace_offset"`
		RL          *int `json:"replace_length"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got) != 1 || got[0].RO == nil || got[0].RL == nil {
		t.Fatalf("want one finding with a replacement range: %v\n%s", err, out)
	}
	f := got[0]
	fixed := doc[:*f.RO] + f.Replacement + doc[*f.RO+*f.RL:]
	if want := "# Review\n\nSome context first.\n\nThe canary was not paused before the peak.\n"; fixed != want {
		t.Errorf("applied:\n%q\nwant\n%q", fixed, want)
	}
}
