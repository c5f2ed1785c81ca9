package phrasing

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// The detectors a rule can use. "phrase" and "regexp" are driven by the
// rule's own words; the others are built-in analyses of sentence shape that
// the rule names, words and all, and supplies the message for.
var detectorNames = map[string]bool{
	"phrase": true, "regexp": true, "counterfactual": true, "person-failure": true,
	"who-question": true, "possessive-fault": true, "hindsight-adverb": true,
	"punitive-consequence": true, "unsafe-action": true, "nobody-caught": true,
	"fault-adverb": true, "why-question": true, "hindsight-marker": true, "vague-area": true,
	"diligence-call": true, "omission": true, "slow-response": true, "graded-decision": true,
	"passive-agent": true, "self-judgement": true, "work-graded": true, "rule-breaking": true,
	"passive-counterfactual": true, "care-skipped": true,
}

var ruleIDRe = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// parseError is a "FILE:LINE: reason" error.
type parseError struct {
	file   string
	line   int
	reason string
}

func (e *parseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.reason) }

// parser walks a rules file's YAML nodes, so every error can name its line.
type parser struct{ file string }

func (p *parser) errf(n *yaml.Node, format string, args ...any) error {
	line := 1
	if n != nil && n.Line > 0 {
		line = n.Line
	}
	return &parseError{p.file, line, fmt.Sprintf(format, args...)}
}

// ParseRules parses a rules file's bytes (name is used in errors) and lays
// it on top of base (nil for none). Unknown keys, wrong types, bad regular
// expressions and missing fields are refused with "NAME:LINE: reason".
func ParseRules(name string, data []byte, base *Rules) (*Rules, error) {
	p := &parser{file: name}
	out := base.clone()
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, p.yamlErr(err)
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return out, nil // an empty file changes nothing
	}
	if err := p.checkNodes(&root); err != nil {
		return nil, err
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, p.errf(top, "the rules file must be a mapping (people, roles, allow, disable, enable, rules)")
	}
	var disable, enable []*yaml.Node
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		var err error
		switch k.Value {
		case "version":
			if v.Kind != yaml.ScalarNode || v.Value != "1" {
				err = p.errf(v, "version: only version 1 is known")
			}
		case "people":
			err = p.words(v, k.Value, &out.people)
		case "roles":
			err = p.words(v, k.Value, &out.roles)
		case "not_names":
			err = p.words(v, k.Value, &out.notNames)
		case "allow":
			err = p.words(v, k.Value, &out.allow)
		case "disable":
			if v.Kind != yaml.SequenceNode {
				err = p.errf(v, "disable: want a list of rule ids")
			}
			disable = append(disable, v.Content...)
		case "enable":
			if v.Kind != yaml.SequenceNode {
				err = p.errf(v, "enable: want a list of rule ids")
			}
			enable = append(enable, v.Content...)
		case "rules":
			err = p.rules(v, out)
		default:
			err = p.errf(k, "unknown key %q (want version, people, roles, not_names, allow, disable, enable or rules)", k.Value)
		}
		if err != nil {
			return nil, err
		}
	}
	// Enable, then disable last, so a file can turn off a rule it also
	// redefines, and turn on a rule the defaults ship switched off.
	for _, n := range enable {
		if n.Kind != yaml.ScalarNode {
			return nil, p.errf(n, "enable: want a rule id")
		}
		if j := indexOf(out.off, n.Value); j >= 0 {
			out.rules = append(out.rules, everywhere(out.off[j]))
			out.off = append(out.off[:j:j], out.off[j+1:]...)
		} else if j := out.find(n.Value); j >= 0 {
			// Enabling a rule scoped to the meeting runs it on documents too.
			if out.rules[j].Scope == ScopeMeeting {
				out.rules[j] = everywhere(out.rules[j])
			}
		} else {
			return nil, p.errf(n, "enable: no rule with id %q", n.Value)
		}
	}
	for _, n := range disable {
		if n.Kind != yaml.ScalarNode {
			return nil, p.errf(n, "disable: want a rule id")
		}
		if j := indexOf(out.off, n.Value); j >= 0 {
			continue // already off
		}
		j := out.find(n.Value)
		if j < 0 {
			return nil, p.errf(n, "disable: no rule with id %q", n.Value)
		}
		out.rules = append(out.rules[:j:j], out.rules[j+1:]...)
	}
	return out, nil
}

// indexOf finds a rule by id in list, or -1.
func indexOf(list []*rule, id string) int {
	for i, x := range list {
		if x.ID == id {
			return i
		}
	}
	return -1
}

func (r *Rules) find(id string) int {
	for i, x := range r.rules {
		if x.ID == id {
			return i
		}
	}
	return -1
}

// yamlErr turns a yaml.v3 error ("yaml: line 3: ...") into FILE:LINE form.
func (p *parser) yamlErr(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if strings.HasPrefix(msg, "line ") {
		var n int
		if _, e := fmt.Sscanf(msg, "line %d:", &n); e == nil {
			line = n
			msg = strings.TrimSpace(msg[strings.IndexByte(msg, ':')+1:])
		}
	}
	return &parseError{p.file, line, "not valid YAML: " + msg}
}

// words reads a list of non-empty strings, lower-cased.
func (p *parser) words(v *yaml.Node, key string, dst *[]string) error {
	list, err := p.strings(v, key)
	for _, w := range list {
		*dst = append(*dst, strings.ToLower(w))
	}
	return err
}

// strings reads a list of non-empty strings.
func (p *parser) strings(v *yaml.Node, key string) ([]string, error) {
	if v.Kind != yaml.SequenceNode {
		return nil, p.errf(v, "%s: want a list of strings", key)
	}
	out := make([]string, 0, len(v.Content))
	for _, n := range v.Content {
		if n.Kind != yaml.ScalarNode || n.Tag != "!!str" && n.Tag != "" {
			return nil, p.errf(n, "%s: want a string, got %s", key, kindName(n))
		}
		if strings.TrimSpace(n.Value) == "" {
			return nil, p.errf(n, "%s: empty string", key)
		}
		out = append(out, n.Value)
	}
	return out, nil
}

// str reads one string scalar.
func (p *parser) str(v *yaml.Node, key string) (string, error) {
	if v.Kind != yaml.ScalarNode || v.Tag != "!!str" && v.Tag != "" {
		return "", p.errf(v, "%s: want a string, got %s", key, kindName(v))
	}
	return v.Value, nil
}

// detectorList names the known detectors for an error message, in order.
func detectorList() string {
	names := make([]string, 0, len(detectorNames))
	for n := range detectorNames {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.Tag {
	case "!!int", "!!float":
		return "a number"
	case "!!bool":
		return "a boolean"
	case "!!null":
		return "nothing"
	}
	return n.Tag
}

// rules reads the rules list; a rule whose id is already known replaces it.
func (p *parser) rules(v *yaml.Node, out *Rules) error {
	if v.Kind != yaml.SequenceNode {
		return p.errf(v, "rules: want a list of rules")
	}
	seen := map[string]bool{}
	for _, n := range v.Content {
		r, err := p.rule(n)
		if err != nil {
			return err
		}
		if seen[r.ID] {
			return p.errf(n, "rule %q is defined twice in this file", r.ID)
		}
		seen[r.ID] = true
		// A rule marked off waits in out.off until a file enables it; a
		// redefinition replaces the earlier rule wherever it was.
		if j := indexOf(out.off, r.ID); j >= 0 {
			out.off = append(out.off[:j:j], out.off[j+1:]...)
		}
		j := out.find(r.ID)
		switch {
		case r.Off && j >= 0:
			out.rules = append(out.rules[:j:j], out.rules[j+1:]...)
			out.off = append(out.off, r)
		case r.Off:
			out.off = append(out.off, r)
		case j >= 0:
			out.rules[j] = r
		default:
			out.rules = append(out.rules, r)
		}
	}
	return nil
}
