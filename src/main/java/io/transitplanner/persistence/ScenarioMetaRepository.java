package io.transitplanner.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class ScenarioMetaRepository implements PanacheRepositoryBase<ScenarioMetaEntity, Integer> {}
