package io.transitplanner.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class QuotaRepository implements PanacheRepositoryBase<QuotaEntity, Long> {}
