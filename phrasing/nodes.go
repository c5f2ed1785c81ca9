package phrasing

import (
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/debrief-dev/debrief/textsafe"
)

// checkNodes refuses what yaml.v3 lets through in a rules file and an
// agenda file does not: a key given twice in one mapping (the second would
// silently win), and text holding control, bidi or invisible characters,
// which would reach the screen when a rule's message is shown ("\e[31m"
// is valid YAML).
func (p *parser) checkNodes(n *yaml.Node) error {
	switch n.Kind {
	case yaml.MappingNode:
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if first, dup := seen[k.Value]; dup && k.Kind == yaml.ScalarNode {
				return p.errf(k, "%s: given twice, also on line %d", textsafe.Escape(k.Value), first)
			}
			seen[k.Value] = k.Line
		}
	case yaml.ScalarNode:
		if !textsafe.IsSafe(n.Value, true) {
			return p.errf(n, "%s holds a control or invisible character; rules files hold plain text",
				fmt.Sprintf("%q", textsafe.Escape(n.Value)))
		}
	}
	for _, c := range n.Content {
		if err := p.checkNodes(c); err != nil {
			return err
		}
	}
	return nil
}
