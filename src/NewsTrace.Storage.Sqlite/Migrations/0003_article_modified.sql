-- When the source says the article was last changed, kept apart from its publish date (the PublishDate contract string).
ALTER TABLE articles ADD COLUMN modified TEXT;
