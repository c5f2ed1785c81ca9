package lint

import (
	"runtime"
	"strings"
	"sync"

	"github.com/debrief-dev/debrief/phrasing"
)

// chunkMin is the smallest piece of a document worth its own goroutine.
const chunkMin = 128 << 10

// checkChunks checks a long document in pieces on all CPUs. Pieces are cut
// at blank lines, where a sentence and any quotation always end, so the
// findings are exactly those of checking the whole text at once.
func checkChunks(c *phrasing.Checker, text string) []phrasing.Finding {
	n := min(runtime.GOMAXPROCS(0), 8, len(text)/chunkMin)
	if n < 2 {
		return c.Check(text)
	}
	var bounds []int
	start := 0
	for k := 1; k < n; k++ {
		target := len(text) * k / n
		if target <= start {
			continue
		}
		i := strings.Index(text[target:], "\n\n")
		if i < 0 {
			break
		}
		cut := target + i + 2
		bounds = append(bounds, start)
		start = cut
	}
	bounds = append(bounds, start)
	parts := make([][]phrasing.Finding, len(bounds))
	var wg sync.WaitGroup
	for k, s := range bounds {
		e := len(text)
		if k+1 < len(bounds) {
			e = bounds[k+1]
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			fs := c.Check(text[s:e])
			for i := range fs {
				fs[i].Offset += s
				if fs[i].Replacement != "" {
					fs[i].ReplaceOffset += s
				}
			}
			parts[k] = fs
		}()
	}
	wg.Wait()
	var out []phrasing.Finding
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
