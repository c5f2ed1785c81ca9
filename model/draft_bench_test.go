package model

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkDraftReview is what one review keystroke costs the model: keep
// the row under the cursor (build the event, fold it) and jump to the next
// pending row, with n drafts imported of which half are decided. The cost
// must not grow with n.
func BenchmarkDraftReview(b *testing.B) {
	for _, n := range []int{100, 10_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			t := &testing.T{}
			d := newDraftState(t, Setup{})
			in := make([]DraftRow, n)
			for i := range in {
				in[i] = DraftRow{At: draftT0.Add(time.Duration(i) * time.Second), Text: fmt.Sprint("row ", i), Source: "slack:x"}
			}
			d.apply(ImportDrafts(d.s, in)...)
			v := NewDraftView(d.s, "")
			for i := 0; i < n; i += 2 {
				d.apply(DropDrafts(d.s, v.Row(i).ID)...)
			}
			seq := len(d.log)
			pos := -1
			b.ResetTimer()
			for b.Loop() {
				i, ok := v.NextPending(pos)
				if !ok {
					b.StopTimer()
					// Start over on a fresh copy once every row is decided.
					d = newDraftState(t, Setup{})
					d.apply(ImportDrafts(d.s, in)...)
					v, pos, seq = NewDraftView(d.s, ""), -1, len(d.log)
					b.StartTimer()
					continue
				}
				evs, _ := KeepDrafts(d.s, v.Row(i).ID)
				seq++
				evs[0].Seq, evs[0].At = seq, draftT0
				if err := d.s.Apply(evs[0]); err != nil {
					b.Fatal(err)
				}
				pos = i
			}
		})
	}
}
