-- Search bench data: 1,000 published articles next to the demo library, in a running app's embedded PostgreSQL.
-- Like a real library, every article uses the 20 everyday words at the start of the vocabulary (back, pain,
-- massage...) and has three topic words of its own from the rest (sciatica, foam roller, pregnancy...): an
-- everyday word matches nearly every article, a topic word a few dozen. Bodies have six sections of 90 words
-- (some 600 words, like the real articles). Slugs are bench-article-N; run it again and nothing is added twice.
\set ON_ERROR_STOP on
begin;

insert into content_tags (slug, name) values ('bench', 'Bench') on conflict (slug) do nothing;

create temporary table bench_words on commit drop as
select array['back', 'pain', 'massage', 'muscle', 'stretch', 'posture', 'spine', 'movement', 'gentle', 'daily',
    'session', 'therapist', 'relief', 'comfort', 'tension', 'rest', 'evidence', 'exercise', 'habit', 'routine',
    'sciatica', 'lordosis', 'disc', 'nerve', 'hip', 'glute', 'hamstring', 'core', 'walking', 'sitting', 'desk',
    'chair', 'cushion', 'heat', 'cold', 'ice', 'roller', 'ball', 'hook', 'stiffness', 'soreness', 'pressure',
    'swedish', 'tissue', 'trigger', 'fascia', 'release', 'pregnancy', 'birth', 'sleep', 'pillow', 'mattress', 'yoga',
    'pilates', 'physiotherapy', 'acupuncture', 'chiropractic', 'trial', 'review', 'doctor', 'flag', 'numbness',
    'tingling', 'weakness', 'bladder', 'fever', 'breaks', 'lifting', 'bending', 'twisting', 'gardening', 'driving',
    'running', 'cycling', 'swimming', 'breathing', 'relaxation', 'stress', 'anxiety', 'morning', 'evening',
    'warmth', 'blood', 'inflammation', 'recovery', 'aftercare', 'hydration', 'towel', 'balm', 'tape', 'kinesiology',
    'prevention', 'strength', 'flexibility', 'balance', 'ergonomics', 'screen', 'keyboard', 'standing', 'shoes',
    'arch', 'pelvis', 'tilt', 'abdominal', 'lumbar', 'thoracic', 'shoulder', 'neck', 'knee', 'ankle', 'foot',
    'chronic', 'acute', 'flare', 'episode', 'confidence', 'goal', 'progress', 'consultation'] as w;

-- Article n's topic words: three of the words after the first 20, chosen by n.
create temporary table bench_topics on commit drop as
select n, array[w[21 + (n * 1) % (cardinality(w) - 20)], w[21 + (n * 7 + 3) % (cardinality(w) - 20)],
    w[21 + (n * 13 + 5) % (cardinality(w) - 20)]] as topic, w
from generate_series(1, 1000) n, bench_words;

-- A word of article n: a topic word three times in ten, else an everyday one. Each draw names its own series
-- (i, j, s) so it is evaluated per word, not once for the whole query.
create temporary table bench_articles on commit drop as
select n,
    (select string_agg(topic[1 + (i % 3)] || ' ' || w[1 + floor(random() * 20 + 0 * i)::int], ' ')
        from generate_series(1, 2 + n % 2) i) as title_words,
    (select string_agg(case when random() < 0.3 + 0 * i then topic[1 + floor(random() * 3)::int]
            else w[1 + floor(random() * 20)::int] end, ' ')
        from generate_series(1, 25) i) as summary_words,
    (select string_agg('## ' || initcap(topic[1 + (s % 3)]) || ' and ' || w[1 + floor(random() * 20 + 0 * s)::int]
            || E'\n\n' || (select string_agg(case when random() < 0.3 + 0 * j then topic[1 + floor(random() * 3)::int]
                    else w[1 + floor(random() * 20)::int] end, ' ')
                from generate_series(1, 90 + 0 * s) j) || '.', E'\n\n')
        from generate_series(1, 6) s) as body
from bench_topics;

insert into content_articles (slug, title, summary, body_md, author_name, published_at, created_at, updated_at)
select 'bench-article-' || n, initcap(title_words), initcap(summary_words) || '.', body, 'Bench Author',
    now() - n * interval '1 hour', now() - n * interval '1 hour', now() - n * interval '1 hour'
from bench_articles
on conflict (slug) do nothing;

insert into content_article_revisions (article_id, revision, title, summary, body_md, saved_at)
select id, 1, title, summary, body_md, updated_at from content_articles where slug like 'bench-article-%'
on conflict do nothing;

insert into content_article_tags (article_id, tag_slug)
select id, 'bench' from content_articles where slug like 'bench-article-%'
on conflict do nothing;

commit;
select count(*) as bench_articles from content_articles where slug like 'bench-article-%';
