package org.reggraph.ingest;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.health.AdditionalHealthEndpointPath;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.StatusAggregator;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * {@code /actuator/health} says whether the service works (database, disk, liveness), not whether the start-up load
 * has finished: the readiness state, OUT_OF_SERVICE until the load is done (see {@link IngestStartupRunner}), counts
 * only in {@code /actuator/health/readiness}. Spring Boot puts every contributor into the root report and has no
 * property to leave one out, so the root group is wrapped here; the probe groups are untouched.
 */
@Component
class RootHealthWithoutLoad implements HealthEndpointGroupsPostProcessor {

    /** The contributor name of Spring Boot's {@code ReadinessStateHealthIndicator}. */
    static final String READINESS = "readinessState";

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        HealthEndpointGroup root = new WithoutReadiness(groups.getPrimary());
        return new HealthEndpointGroups() {
            @Override
            public HealthEndpointGroup getPrimary() {
                return root;
            }

            @Override
            public Set<String> getNames() {
                return groups.getNames();
            }

            @Override
            public HealthEndpointGroup get(String name) {
                return groups.get(name);
            }
        };
    }

    private record WithoutReadiness(HealthEndpointGroup delegate) implements HealthEndpointGroup {
        @Override
        public boolean isMember(String name) {
            return !READINESS.equals(name) && delegate.isMember(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return delegate.showComponents(securityContext);
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return delegate.showDetails(securityContext);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return delegate.getStatusAggregator();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return delegate.getHttpCodeStatusMapper();
        }

        @Override
        public AdditionalHealthEndpointPath getAdditionalPath() {
            return delegate.getAdditionalPath();
        }
    }
}
