package lint

import (
	"testing"

	"github.com/debrief-dev/debrief/bench/docgen"
	"github.com/debrief-dev/debrief/phrasing"
)

// BenchmarkCheckDocument1MB is `debrief lint` on a 1 MB Markdown
// postmortem document: masking plus checking. The budget is well under a
// second; MB/s is reported.
func BenchmarkCheckDocument1MB(b *testing.B) {
	doc := docgen.Generate(1 << 20)
	c := phrasing.NewChecker(phrasing.DefaultRules(), docgen.Names)
	if len(Check(c, doc)) == 0 {
		b.Fatal("the benchmark document should have findings")
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		Check(c, doc)
	}
}
