-- When each user last confirmed their contact data ("Are these still correct?" or a change).
CREATE TABLE contact_reviews (
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    login_key TEXT NOT NULL,
    confirmed_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, login_key)
);
