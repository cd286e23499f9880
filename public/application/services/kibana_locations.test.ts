import { addRemoteClusterLocation, remoteClusterDetailsLocation } from './kibana_locations';

describe('Kibana locations', () => {
  it('opens a remote in Remote Clusters, encoding its alias', () => {
    expect(remoteClusterDetailsLocation('eck prod/1')).toEqual({
      appId: 'management',
      path: '/data/remote_clusters/list?cluster=eck%20prod%2F1',
      url: '/app/management/data/remote_clusters/list?cluster=eck%20prod%2F1',
    });
  });

  it('links to the page that adds a remote cluster', () => {
    expect(addRemoteClusterLocation()).toEqual({
      appId: 'management',
      path: '/data/remote_clusters/add',
      url: '/app/management/data/remote_clusters/add',
    });
  });

  it('asks Remote Clusters to come back to a page of this app, which then gets ?cluster=<alias>', () => {
    expect(addRemoteClusterLocation('/added/search-prod/logs-prod')).toEqual({
      appId: 'management',
      path: '/data/remote_clusters/add?redirect=%2Fdata%2Feck_remote_clusters%2Fadded%2Fsearch-prod%2Flogs-prod',
      url: '/app/management/data/remote_clusters/add?redirect=%2Fdata%2Feck_remote_clusters%2Fadded%2Fsearch-prod%2Flogs-prod',
    });
  });
});
