package phrasing

import "testing"

// shapeCase is one grammatical shape of blame, in several wordings that
// should all be flagged by rule, and look-alikes that should not.
type shapeCase struct {
	rule, shape string
	blameful    []string
	plain       []string
}

var moreShapes = []shapeCase{
	{"noticed-late", "a thing left waiting over time, no one named",
		[]string{
			"The nightly export went unnoticed for nine days.",
			"For two weeks the corrupted index remained undetected.",
			"The paging rotation gap has gone unaddressed for months.",
			"Her pull request sat unreviewed for a whole week.",
			"Several security advisories were left unpatched for over a year.",
			"The disk warnings went unheeded until the volume filled.",
		},
		[]string{
			"The retry went unanswered by the upstream for thirty seconds.",
			"A page must never go unacknowledged for more than five minutes.",
			"Did the warning go unnoticed?",
			"The change went unnoticed by customers.",
			"The backlog stayed unprocessed for an hour because the consumer was paused.",
			"Unpatched hosts are listed in the appendix.",
		}},
	{"noticed-late", "a duty not done in the passive, for a span",
		[]string{
			"The failed backups were not noticed for eleven days.",
			"The bad rollout wasn't caught until Monday morning.",
			"Those error reports had never been triaged for weeks.",
			"The expired token was not flagged or escalated for a long time.",
			"The alarm was not acknowledged over the whole weekend.",
		},
		[]string{
			"The packets were not seen by the collector for ten seconds.",
			"The job was not started until the window opened.",
			"The warning was not noticed for a day because it went to an unread channel.",
			"Was the alert not acknowledged for an hour?",
			"The node was not reachable for two hours.",
		}},
	{"noticed-late", "people noticing only after a long span",
		[]string{
			"It was weeks before anyone realised the replicas had drifted.",
			"The queue stayed stuck for hours until someone spotted it.",
			"It took quite a while before the on-call noticed the errors.",
			"The site was down for a long time before we caught on to it.",
			"It took days for the wrong prices to be noticed.",
			"It took a long while for anyone to notice the billing job had stopped.",
		},
		[]string{
			"It took five minutes before we noticed the spike.",
			"It took a while before the balancer noticed the new backends.",
			"The rebuild ran for hours before it finished.",
			"It took hours for the DNS change to propagate.",
			"By the time we noticed, the retry had already succeeded.",
		}},
	{"fault-verdict", "a miss as a noun, graded",
		[]string{
			"Looking back, that was a miss.",
			"Leaving the status page untouched was a huge miss.",
			"The missing runbook step was a very real miss.",
			"Frankly, this was an obvious miss.",
			"Skipping the dry run was a costly miss for us.",
		},
		[]string{
			"The request was a cache miss.",
			"It was a miss on the read path, so the origin served it.",
			"Every third lookup was a near miss on the bloom filter.",
			"We counted each miss in the cache metrics.",
			"The shot was a miss.",
		}},
	{"fault-verdict", "faults people make, causing",
		[]string{
			"A few oversights led to the leaked keys.",
			"Several missteps compounded the outage.",
			"Two misjudgements caused the slow recovery.",
			"A chain of blunders produced the data loss.",
			"Small lapses contributed to the delay.",
			"It was an operational oversight that left the debug port open.",
			"After the cutover, two missteps caused the backups to stop.",
		},
		[]string{
			"Two timeouts led to the restart.",
			"The oversight board led the review.",
			"A lapse of the certificate caused the errors.",
			"Mistakes in the vendor's parser are listed below.",
			"Config errors caused the crash loop.",
			"The certificate lapse caused the errors.",
			"A DNS lapse that left the zone empty is described below.",
		}},
	{"fault-verdict", "shortfalls in a way of working",
		[]string{
			"The outage showed holes in our change review.",
			"We found shortcomings in the on-call handover.",
			"There are real weaknesses in the way we plan releases.",
			"This exposed flaws in our incident communication.",
			"The audit listed deficiencies within the vetting process.",
		},
		[]string{
			"There is a gap in the graph between midnight and one.",
			"The flaws in the compression library are documented upstream.",
			"A breakdown of the review tool's latency is attached.",
			"The holes in the disk map were filled by the rebuild.",
			"We discussed the gaps in our process at length.",
			"Findings could be gaps in runbooks or handover issues.",
			"Look for any weaknesses in the review process.",
		}},
	{"fault-verdict", "a norm applied to what happened",
		[]string{
			"Our communication to customers was simply unacceptable.",
			"Leaving users in the dark for a day, that's unacceptable.",
			"It is inexcusable that the on-call phone was switched off.",
			"The response from our team was not acceptable.",
			"We went quiet for six hours, and this is unacceptable.",
		},
		[]string{
			"A p99 of two seconds is unacceptable for a login page.",
			"The error rate was unacceptable for the SLO.",
			"Is a five minute outage acceptable?",
			"The vendor said the delay was unacceptable.",
			"We agreed which latency is acceptable.",
		}},
	{"graded-short", "a check graded against what it missed",
		[]string{
			"The alert threshold was not sensitive enough to fire on the slow leak.",
			"Our canaries were too brief to reveal the memory growth.",
			"The pre-merge checks were insufficient to catch the schema change.",
			"The smoke suite is not comprehensive enough to detect a broken login.",
			"The review was too cursory to spot the missing index.",
		},
		[]string{
			"The spike was too short to detect.",
			"The buffer was not large enough to hold the burst.",
			"The logs are not sufficient to identify the sender.",
			"Tests should be thorough enough to catch this class of bug.",
			"If the threshold is too lax to catch it, we will lower it.",
		}},
	{"graded-short", "care the work went without, by degree",
		[]string{
			"The deploy script lacked sufficient safety checks.",
			"The billing service lacks adequate alerting.",
			"Our runbooks are lacking proper review.",
			"The importer lacked enough validation for the new feed.",
			"That release lacked sufficient testing.",
		},
		[]string{
			"The node lacked sufficient CPU for the burst.",
			"The volume lacks enough free space.",
			"The cluster lacked adequate capacity at peak.",
			"The endpoint is missing validation.",
			"The cache lacked proper eviction under load.",
		}},
	{"graded-short", "the team's planning graded",
		[]string{
			"Our traffic estimates were far too low.",
			"My timeline for the upgrade was too optimistic.",
			"Our retention policy was way too simplistic.",
			"The assumptions we made about load were too rosy.",
			"Our expectations for the cutover proved too ambitious.",
		},
		[]string{
			"The free memory was far too low.",
			"The forecast from the vendor was too optimistic.",
			"The connection pool was too small.",
			"Would our estimates be too low?",
			"The estimate was too optimistic for a holiday weekend.",
		}},
}

// TestMoreShapesGeneralise: each shape is caught in wordings other than
// the ones the rules were written from, and its look-alikes stay quiet.
func TestMoreShapesGeneralise(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, sc := range moreShapes {
		if len(sc.blameful) < 5 || len(sc.plain) < 5 {
			t.Errorf("%s (%s): want at least five wordings each way", sc.rule, sc.shape)
		}
		for _, s := range sc.blameful {
			if !hasRule(c.Check(s), sc.rule) {
				t.Errorf("%s (%s): should flag %q; got %s", sc.rule, sc.shape, s, describe(c.Check(s)))
			}
		}
		for _, s := range sc.plain {
			if fs := c.Check(s); hasRule(fs, sc.rule) {
				t.Errorf("%s (%s): should not flag %q; got %s", sc.rule, sc.shape, s, describe(fs))
			}
		}
	}
}
